package se.betanketid.readlog;

/** Through what a case was read; the Swedish label is what a manager sees in the read log. */
public enum Channel {
  CASE_PAGE("Ärendesidan"),
  CASE_API("Ärendet som JSON (API)"),
  TASK_FORM("Uppgiftens formulär"),
  VARIABLES("Ärendets variabler"),
  HISTORY("Ärendets historik"),
  DOCUMENT("Dokument (PDF)"),
  PROTECTED_IDENTITY("Skyddade personuppgifter");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static String labelOf(String name) {
    try {
      return valueOf(name).label;
    } catch (IllegalArgumentException unknown) {
      return name;
    }
  }
}
