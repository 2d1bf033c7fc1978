<#-- A case's document (document.DocumentRenderer): XHTML for openhtmltopdf, every value escaped (XHTML output
     format). Model: title, subtitle, caseNumber, sections [{heading, blocks [{rows [{label, value}]} or {text}], items
     [{title, rows, note}]}], signatureHeading, signer, signerNote. Personal data only in the body, never in the
     PDF's metadata. -->
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
<head>
<meta charset="UTF-8"/>
<title>${title} – ${caseNumber}</title>
<meta name="subject" content="${subtitle}"/>
<meta name="author" content="Betänketid"/>
<style>
  @page {
    size: A4;
    margin: 22mm 20mm 20mm 20mm;
    @top-right { content: "Ärende ${caseNumber}"; font-family: "DejaVu Sans"; font-size: 8pt; color: #444444; }
    @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-family: "DejaVu Sans";
      font-size: 8pt; color: #444444; }
  }
  body { font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.35; color: #000000; }
  h1 { font-size: 15pt; font-weight: bold; margin: 0 0 2mm 0; }
  .subtitle { font-size: 10pt; margin: 0 0 6mm 0; color: #222222; }
  h2 { font-size: 11pt; font-weight: bold; margin: 5mm 0 1.5mm 0; padding-bottom: 0.8mm;
    border-bottom: 0.6pt solid #000000; page-break-after: avoid; }
  h3 { font-size: 9.5pt; font-weight: bold; margin: 2.5mm 0 1mm 0; page-break-after: avoid; }
  table { width: 100%; border-collapse: collapse; }
  td { vertical-align: top; padding: 1mm 1.5mm; border: 0.4pt solid #999999; }
  td.label { width: 38%; background-color: #eeeeee; }
  tr { page-break-inside: avoid; }
  p { margin: 1.5mm 0; }
  .note { border-left: 2pt solid #000000; padding: 1mm 2mm; margin: 1.5mm 0 3mm 0; font-weight: bold; }
  .item { page-break-inside: avoid; }
  .signature { page-break-inside: avoid; margin-top: 6mm; }
  .line { border-bottom: 0.6pt solid #000000; height: 12mm; }
  .under { font-size: 8pt; color: #333333; padding-top: 0.8mm; }
  .pre { white-space: pre-wrap; }
</style>
</head>
<body>
<h1>${title}</h1>
<p class="subtitle">${subtitle}<br/>Ärendenummer ${caseNumber}</p>
<#list sections as section>
<h2>${section.heading}</h2>
<#list section.blocks as block>
<#if block.rows??>
<table>
<#list block.rows as row>
<tr><td class="label">${row.label}</td><td class="pre">${row.value}</td></tr>
</#list>
</table>
<#else>
<p>${block.text}</p>
</#if>
</#list>
<#list section.items as item>
<div class="item">
<h3>${item.title}</h3>
<table>
<#list item.rows as row>
<tr><td class="label">${row.label}</td><td class="pre">${row.value}</td></tr>
</#list>
</table>
<#if item.note?has_content><p class="note">${item.note}</p></#if>
</div>
</#list>
</#list>
<div class="signature">
<h2>${signatureHeading}</h2>
<table>
<tr>
<td style="border: none; width: 50%; padding-left: 0;"><div class="line"></div><div class="under">Underskrift</div></td>
<td style="border: none; width: 50%;"><div class="line"></div><div class="under">Ort och datum</div></td>
</tr>
<tr>
<td style="border: none; padding-left: 0;"><div class="line"><#if signer?has_content><br/>${signer}</#if></div><div class="under">Namnförtydligande</div></td>
<td style="border: none;"><div class="line"></div><div class="under">Befattning och delegation</div></td>
</tr>
</table>
<#if signerNote?has_content><p>${signerNote}</p></#if>
</div>
</body>
</html>
