namespace Parley.Web.Pages;

/// <summary>
/// A bar chart as inline SVG (no script, no style attribute: colours are presentation attributes and CSS
/// classes), with a title and description for screen readers. Bars rise from a baseline; a diverging chart
/// (the conflict–cooperation index, −10…+10) puts the baseline in the middle.
/// </summary>
public static class BarChart
{
    /// <summary>One bar.</summary>
    /// <param name="Label">Under the bar ("2023-02").</param>
    /// <param name="Value">Its height.</param>
    /// <param name="Tip">What hovering it says.</param>
    public readonly record struct Bar(string Label, double Value, string Tip);

    /// <summary>The chart; <paramref name="diverging"/> scales to ±<paramref name="max"/>, else to 0…max.</summary>
    public static string Render(string title, IReadOnlyList<Bar> bars, double max, bool diverging)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int Height = 160, Top = 12, Left = 36, Step = 28, BarWidth = 20;
        var width = Left + Math.Max(bars.Count, 1) * Step + 40;
        var zero = diverging ? Top + Height / 2 : Top + Height;
        var scale = max <= 0 ? 0 : (diverging ? Height / 2.0 : Height) / max;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{Id(title)}\" width=\"{width}\" height=\"{Height + Top + 40}\" viewBox=\"0 0 {width} {Height + Top + 40}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{Id(title)}\">{Html.E(title)}</title>")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{zero}\" x2=\"{width - 4}\" y2=\"{zero}\" stroke=\"#888\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Top + 8}\">{(diverging ? "+" : "")}{Html.N(max)}</text><text x=\"0\" y=\"{zero + 4}\">0</text>");
        if (diverging)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Top + Height}\">−{Html.N(max)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var h = Math.Min(Math.Abs(bar.Value) * scale, diverging ? Height / 2.0 : Height);
            var x = Left + i * Step;
            var y = bar.Value >= 0 ? zero - h : zero;
            var css = !diverging ? "bar" : bar.Value >= 0 ? "bar coop" : "bar conflict";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x}\" y=\"{Html.N(y, "0.#")}\" width=\"{BarWidth}\" height=\"{Html.N(Math.Max(h, 1), "0.#")}\"><title>{Html.E(bar.Tip)}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top + Height + 14 + (i % 2) * 12}\">{Html.E(bar.Label)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Id(string title) => "c" + (uint)StringComparer.Ordinal.GetHashCode(title);
}
