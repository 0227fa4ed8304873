// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlstyle.h"

namespace Quorum::Reports::Render {

namespace {

// Plain ASCII; print-color-adjust keeps the row tints when printing.
constexpr char kStyleSheet[] = R"css(
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1a1a1a; background: #ffffff; max-width: 56em;
  margin: 0 auto; padding: 1.5em; }
header.doc-header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; }
.doc-title { font-size: 1.9em; font-weight: bold; margin: 0 0 0.2em; }
.doc-subtitle { font-size: 1.25em; margin: 0 0 0.6em; }
dl.doc-meta { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em;
  margin: 0 0 0.8em; font-size: 0.9em; color: #444444; }
dl.doc-meta dt { font-weight: bold; }
dl.doc-meta dd { margin: 0; }
h1, h2, h3 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.5em; margin: 1.6em 0 0.6em; border-bottom: 1px solid #999999; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.5em; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
p { margin: 0.5em 0; }
p.note { font-size: 0.85em; color: #555555; }
div.gap { border: 2px solid #b45309; border-left-width: 6px; background: #fff4e0;
  padding: 0.4em 0.8em; margin: 0.8em 0; }
div.gap p { margin: 0.2em 0; font-weight: bold; }
blockquote { margin: 0.8em 0; padding: 0.2em 1em; border-left: 4px solid #999999;
  color: #333333; font-style: italic; }
table { border-collapse: collapse; margin: 0.8em 0; width: 100%; font-size: 0.95em; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 1px solid #888888; padding: 0.3em 0.5em; text-align: left;
  vertical-align: top; }
thead th { background: #eeeeee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.mark { white-space: nowrap; font-weight: bold; }
tr.pass td { background: #e6f4ea; }
tr.fail td { background: #fde8e8; }
tr.gap td { background: #fff4e0; }
tr.pass td.mark { color: #1e6b34; }
tr.fail td.mark { color: #a61b1b; }
tr.gap td.mark { color: #8a4b00; }
table.kv th { width: 30%; background: #f5f5f5; font-weight: bold; }
ul { margin: 0.5em 0; padding-left: 1.5em; }
figure.chart { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; border: 1px solid #cccccc; }
figure.chart figcaption { font-size: 0.85em; color: #555555; margin-top: 0.3em; }
section.signature { border: 2px solid #1a1a1a; padding: 0.6em 1em; margin: 1em 0;
  break-inside: avoid; page-break-inside: avoid; }
section.signature .signature-title { font-weight: bold; margin: 0 0 0.4em; }
section.signature dl { display: grid; grid-template-columns: max-content auto;
  gap: 0.15em 1em; margin: 0; }
section.signature dt { font-weight: bold; }
section.signature dd { margin: 0; }
section.signature code { word-break: break-all; font-size: 0.85em; }
p.verified { color: #1e6b34; font-weight: bold; margin: 0.5em 0 0; }
p.unverified { color: #a61b1b; font-weight: bold; margin: 0.5em 0 0; }
div.page-break { break-before: page; page-break-before: always; }
footer.doc-footer { border-top: 1px solid #999999; margin-top: 2em; padding-top: 0.4em;
  font-size: 0.8em; color: #555555; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
}
)css";

} // namespace

QString htmlStyleSheet()
{
    return QString::fromLatin1(kStyleSheet);
}

} // namespace Quorum::Reports::Render
