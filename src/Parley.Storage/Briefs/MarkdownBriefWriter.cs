using System.Globalization;
using Parley.Storage.Commitments;

namespace Parley.Storage.Briefs;

/// <summary>A brief as Markdown: sections of lines, each ending in its citation number, and the citations at the end.</summary>
public static class MarkdownBriefWriter
{
    /// <summary>Writes <paramref name="brief"/> to <paramref name="output"/>.</summary>
    public static void Write(Brief brief, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        var cite = new BriefCitations(brief);
        output.WriteLine($"# Brief: {Escape(brief.Subject)}");
        output.WriteLine();
        foreach (var line in brief.Summary)
            output.WriteLine($"- {Escape(line)}");
        Section(output, "Timeline (asserted events, one per happening)", brief.Timeline, cite);
        Section(output, "Meetings", brief.Meetings, cite);
        Section(output, "Commitments", CommitmentLines(brief), cite);
        Section(output, "Disputes, threats and attacks", brief.Disputes, cite);
        Section(output, "Still speculative or only expected", brief.Speculative, cite);
        if (brief.Agenda.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Agenda (PLOVER contexts)");
            output.WriteLine();
            output.WriteLine("| context | events |");
            output.WriteLine("|---|---:|");
            foreach (var (context, events) in brief.Agenda)
                output.WriteLine(string.Create(c, $"| {context} | {events} |"));
        }
        if (brief.Index.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Conflict–cooperation index by month (mean PLOVER score, −10 to +10)");
            output.WriteLine();
            output.WriteLine("| month | events | index |");
            output.WriteLine("|---|---:|---:|");
            foreach (var (month, events, score) in brief.Index)
                output.WriteLine(string.Create(c, $"| {month} | {events} | {score:+0.0;-0.0;0} |"));
        }
        output.WriteLine();
        output.WriteLine("## Sources");
        output.WriteLine();
        foreach (var e in cite.Events)
        {
            var title = Escape(e.Title ?? "(untitled)");
            var linked = BriefCitations.SafeUrl(e.Url) is { } url ? $"[{title}](<{url}>)" : title;
            output.WriteLine($"{cite.Of(e)}. {linked} — {Escape(e.Source ?? "unknown outlet")}, {e.Published ?? "undated"}. “{Escape(e.SentenceText ?? e.Trigger)}”");
        }
    }

    /// <summary>The brief's commitments as lines citing their first report; a part says which listed commitment it is part of.</summary>
    internal static List<BriefLine> CommitmentLines(Brief brief)
    {
        var byEvent = brief.Commitments.ToDictionary(m => m.Evidence.Id);
        return brief.Commitments.Select(m => new BriefLine(CommitmentText(m, m.PartOf is { } id ? byEvent.GetValueOrDefault(id) : null), m.Evidence)).ToList();
    }

    /// <summary>
    /// "2024-02-01: European Union → Ukraine, €50,000,000,000 (≈ $54.1 billion), financial, announced, 2 sources",
    /// and for a part of <paramref name="whole"/>, "…, part of the 95,000,000,000 USD commitment of 2024-04-24, not counted again".
    /// </summary>
    internal static string CommitmentText(Commitment m, Commitment? whole)
    {
        var c = CultureInfo.InvariantCulture;
        var amount = m.Amount is { } a ? string.Create(c, $", {a:N0} {m.Currency}{(m.Usd is { } usd && m.Currency != "USD" ? $" (≈ {BriefBuilder.Dollars(usd)})" : "")}") : "";
        var systems = m.Systems.Count > 0 ? ", " + string.Join("; ", m.Systems) : "";
        var to = m.Recipients.Count > 0 ? " → " + string.Join(", ", m.Recipients) : "";
        var part = whole is { Amount: { } w } ? string.Create(c, $", part of the {w:N0} {whole.Currency} commitment of {whole.Day ?? "the same article"}, not counted again") : "";
        return string.Create(c, $"{m.Day ?? "undated"}: {string.Join(", ", m.Donors)}{to}{amount}{systems}, {m.Category}, {m.Status}, {m.Sources} source{(m.Sources == 1 ? "" : "s")}{part}");
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<BriefLine> lines, BriefCitations cite)
    {
        if (lines.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        foreach (var line in lines)
            output.WriteLine($"- {Escape(line.Text)} [{cite.Of(line.Evidence)}]");
    }

    // Article text must not become Markdown markup (links, emphasis, HTML) in the brief.
    private static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
                escaped.Append('\\');
            escaped.Append(ch is '\n' or '\r' ? ' ' : ch);
        }
        return escaped.ToString();
    }
}
