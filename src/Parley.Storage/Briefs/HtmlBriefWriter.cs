using System.Globalization;
using System.Net;

namespace Parley.Storage.Briefs;

/// <summary>
/// A brief as one self-contained HTML page: inline CSS and an inline SVG chart, no script and no external
/// request; every line links to its citation, every citation to its article. Article text is hostile
/// input: all of it is HTML-encoded and only http(s) addresses become links. Prints cleanly.
/// </summary>
public static class HtmlBriefWriter
{
    private const string Style = """
        body{font:15px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:1.6rem}
        ul{padding-left:1.2rem}li{margin:.2rem 0}sup a{text-decoration:none;color:#555}
        table{border-collapse:collapse}td,th{padding:.15rem .6rem;border-bottom:1px solid #eee;text-align:left}
        .n{text-align:right}.src{font-size:.9rem}.src li{margin:.4rem 0}.q{color:#555}
        svg text{font:11px sans-serif}
        @media print{a{color:inherit;text-decoration:none}h2{break-after:avoid}li{break-inside:avoid}}
        """;

    /// <summary>Writes <paramref name="brief"/> to <paramref name="output"/>.</summary>
    public static void Write(Brief brief, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        var cite = new BriefCitations(brief);
        output.WriteLine($"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">""");
        output.WriteLine($"""<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>Brief: {E(brief.Subject)}</title><style>{Style}</style></head><body>""");
        output.WriteLine($"<h1>Brief: {E(brief.Subject)}</h1><ul>");
        foreach (var line in brief.Summary)
            output.WriteLine($"<li>{E(line)}</li>");
        output.WriteLine("</ul>");
        if (brief.Index.Count > 0)
        {
            output.WriteLine("<h2>Conflict–cooperation index by month</h2>");
            Chart(output, brief.Index);
        }
        Section(output, "Timeline (asserted events, one per happening)", brief.Timeline, cite);
        Section(output, "Meetings", brief.Meetings, cite);
        Section(output, "Commitments", MarkdownBriefWriter.CommitmentLines(brief), cite);
        Section(output, "Disputes, threats and attacks", brief.Disputes, cite);
        Section(output, "Still speculative or only expected", brief.Speculative, cite);
        if (brief.Agenda.Count > 0)
        {
            output.WriteLine("<h2>Agenda (PLOVER contexts)</h2><table><tr><th>context</th><th class=\"n\">events</th></tr>");
            foreach (var (context, events) in brief.Agenda)
                output.WriteLine(string.Create(c, $"<tr><td>{E(context)}</td><td class=\"n\">{events}</td></tr>"));
            output.WriteLine("</table>");
        }
        output.WriteLine("<h2>Sources</h2><ol class=\"src\">");
        foreach (var e in cite.Events)
        {
            var title = E(e.Title ?? "(untitled)");
            var linked = BriefCitations.SafeUrl(e.Url) is { } url ? $"<a href=\"{E(url)}\" rel=\"noopener noreferrer\">{title}</a>" : title;
            output.WriteLine(string.Create(c, $"<li id=\"c{cite.Of(e)}\">{linked} — {E(e.Source ?? "unknown outlet")}, {E(e.Published ?? "undated")}.<br><span class=\"q\">“{E(e.SentenceText ?? e.Trigger)}”</span></li>"));
        }
        output.WriteLine("</ol></body></html>");
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<BriefLine> lines, BriefCitations cite)
    {
        if (lines.Count == 0)
            return;
        output.WriteLine($"<h2>{E(title)}</h2><ul>");
        foreach (var line in lines)
            output.WriteLine($"<li>{E(line.Text)} {Ref(cite.Of(line.Evidence))}</li>");
        output.WriteLine("</ul>");
    }

    private static string Ref(int number) => string.Create(CultureInfo.InvariantCulture, $"<sup><a href=\"#c{number}\">[{number}]</a></sup>");

    /// <summary>One bar per month, up for cooperation and down for conflict, on a −10…+10 scale.</summary>
    private static void Chart(TextWriter output, IReadOnlyList<(string Month, int Events, double Score)> index)
    {
        var c = CultureInfo.InvariantCulture;
        const int Height = 160, Bar = 22, Gap = 6, Left = 30, Top = 10;
        var width = Left + index.Count * (Bar + Gap) + 40; // room for the last month's label, wider than its bar
        var zero = Top + Height / 2;
        output.WriteLine(string.Create(c, $"<svg role=\"img\" aria-label=\"Mean PLOVER score by month\" width=\"{width}\" height=\"{Height + 50}\" viewBox=\"0 0 {width} {Height + 50}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        output.WriteLine(string.Create(c, $"<line x1=\"{Left}\" y1=\"{zero}\" x2=\"{width - 5}\" y2=\"{zero}\" stroke=\"#999\"/><text x=\"0\" y=\"{Top + 8}\">+10</text><text x=\"8\" y=\"{zero + 4}\">0</text><text x=\"0\" y=\"{Top + Height}\">−10</text>"));
        for (var i = 0; i < index.Count; i++)
        {
            var (month, events, score) = index[i];
            var h = Math.Abs(score) / 10 * (Height / 2);
            var x = Left + i * (Bar + Gap);
            var y = score >= 0 ? zero - h : zero;
            output.WriteLine(string.Create(c, $"<rect x=\"{x}\" y=\"{y:0.#}\" width=\"{Bar}\" height=\"{Math.Max(h, 1):0.#}\" fill=\"{(score >= 0 ? "#2b7a3d" : "#b3332e")}\"><title>{E(month)}: {score:+0.0;-0.0;0} over {events} events</title></rect>"));
            output.WriteLine(string.Create(c, $"<text x=\"{x}\" y=\"{Top + Height + 14 + (i % 2) * 12}\">{E(month)}</text>"));
        }
        output.WriteLine("</svg>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
