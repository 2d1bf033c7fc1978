--
Det här är ett automatiskt meddelande från Betänketid. Av sekretesskäl står inga uppgifter om personen i e-post: logga in för att se ärendet. Svara inte på meddelandet.
