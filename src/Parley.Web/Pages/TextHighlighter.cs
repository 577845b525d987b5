namespace Parley.Web.Pages;

/// <summary>
/// Renders a document's text with its mentions and event evidence marked, as displaCy does: the text is
/// cut at every span boundary, and each piece is wrapped in the marks of the spans covering it (the
/// mention outside, the event inside), opened and closed only where that cover changes. Every piece of
/// text is HTML-encoded; the codes shown on hover and focus are encoded attribute values.
/// </summary>
public static class TextHighlighter
{
    /// <summary>A span to mark.</summary>
    /// <param name="Start">First character (UTF-16 index into the text).</param>
    /// <param name="End">Character after the last.</param>
    /// <param name="Css">Its classes ("m m-actor", "ev t-CONSULT").</param>
    /// <param name="Info">What hover and focus show ("actor: USA GOV Joe Biden").</param>
    /// <param name="Id">An element id, for links to it; null for none.</param>
    public readonly record struct Mark(int Start, int End, string Css, string Info, string? Id = null);

    /// <summary>The text with <paramref name="mentions"/> and <paramref name="events"/> marked; spans out of the text's range are clipped.</summary>
    public static string Render(string text, IReadOnlyList<Mark> mentions, IReadOnlyList<Mark> events)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in mentions.Concat(events))
        {
            cuts.Add(Math.Clamp(m.Start, 0, text.Length));
            cuts.Add(Math.Clamp(m.End, 0, text.Length));
        }
        var html = new StringBuilder(text.Length * 2);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int openMention = -1, openEvent = -1;
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var mention = Covering(mentions, from, to);
            var @event = Covering(events, from, to);
            if (mention != openMention || (@event != openEvent && openEvent >= 0))
            {
                // Marks nest mention ⊃ event: a change of mention closes both.
                if (openEvent >= 0)
                    html.Append("</mark>");
                if (openMention >= 0 && mention != openMention)
                    html.Append("</mark>");
                if (mention != openMention && mention >= 0)
                    html.Append(Open(mentions[mention], ids));
                openMention = mention;
                openEvent = -1;
            }
            if (@event != openEvent && @event >= 0)
            {
                html.Append(Open(events[@event], ids));
                openEvent = @event;
            }
            html.Append(Html.E(text[from..to]));
        }
        if (openEvent >= 0)
            html.Append("</mark>");
        if (openMention >= 0)
            html.Append("</mark>");
        return html.ToString();
    }

    /// <summary>The first span covering all of [from, to), or −1.</summary>
    private static int Covering(IReadOnlyList<Mark> marks, int from, int to)
    {
        for (var i = 0; i < marks.Count; i++)
        {
            if (marks[i].Start <= from && marks[i].End >= to && marks[i].End > marks[i].Start)
                return i;
        }
        return -1;
    }

    /// <summary>An opening mark; its id only the first time (a span cut in pieces must not repeat an id).</summary>
    private static string Open(Mark mark, HashSet<string> ids)
    {
        var id = mark.Id is { } value && ids.Add(value) ? $" id=\"{Html.E(value)}\"" : "";
        return $"<mark class=\"{mark.Css}\"{id} tabindex=\"0\" data-info=\"{Html.E(mark.Info)}\" title=\"{Html.E(mark.Info)}\">";
    }
}
