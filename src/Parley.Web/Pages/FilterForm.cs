namespace Parley.Web.Pages;

/// <summary>The events filter as a form of labelled controls, refilled with the values of the request; pages that read a subset show only theirs.</summary>
public static class FilterForm
{
    private static readonly Dictionary<string, (string Label, string Hint)> Fields = new(StringComparer.Ordinal)
    {
        ["actor"] = ("Actor", "code or name: USA, Antony Blinken"),
        ["recipient"] = ("Recipient", "code or name"),
        ["dyad"] = ("Dyad", "two codes, either direction: USA,UKR"),
        ["type"] = ("Type", ""),
        ["mode"] = ("Mode", "visit, heavy-weapons…"),
        ["context"] = ("Context", "diplomatic, military…"),
        ["modality"] = ("Modality", ""),
        ["place"] = ("Place", "part of the name"),
        ["country"] = ("Country", "ISO alpha-3: UKR"),
        ["since"] = ("Since", "YYYY-MM-DD, YYYY-MM or YYYY"),
        ["until"] = ("Until", "inclusive"),
        ["source"] = ("Outlet", "Parley Wire"),
        ["min_sources"] = ("Min. sources", "independent sources"),
        ["cluster_modality"] = ("Cluster", ""),
    };

    /// <summary>The form, submitting to <paramref name="action"/> with GET, with the controls of <paramref name="names"/>.</summary>
    public static string Render(string action, EventFilter filter, IReadOnlyList<string> names, string buttons)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var html = new StringBuilder($"<form class=\"filters\" method=\"get\" action=\"{action}\" role=\"search\" aria-label=\"Event filters\"><div class=\"fields\">");
        foreach (var name in names)
        {
            var (label, hint) = Fields[name];
            var value = filter.Values.GetValueOrDefault(name);
            var id = "f-" + name;
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"field\"><label for=\"{id}\">{label}</label>");
            switch (name)
            {
                case "type":
                    html.Append(Select(id, name, ["", .. EventTypes.All], value, "any"));
                    break;
                case "modality":
                    html.Append(Select(id, name, EventFilterValues.Modalities, value ?? "asserted", null));
                    break;
                case "cluster_modality":
                    html.Append(Select(id, name, ["", .. EventFilterValues.ClusterModalities], value, "any"));
                    break;
                default:
                    var type = name is "min_sources" ? "number\" min=\"0\" max=\"1000" : "text";
                    var described = hint.Length > 0 ? $" aria-describedby=\"{id}-hint\"" : "";
                    html.Append(CultureInfo.InvariantCulture, $"<input id=\"{id}\" name=\"{name}\" type=\"{type}\" maxlength=\"{Limits.MaxText}\" value=\"{Html.E(value)}\"{described}>");
                    if (hint.Length > 0)
                        html.Append(CultureInfo.InvariantCulture, $"<small id=\"{id}-hint\">{Html.E(hint)}</small>");
                    break;
            }
            html.Append("</div>");
        }
        return html.Append("</div><div class=\"buttons\">").Append(buttons).Append("</div></form>").ToString();
    }

    private static string Select(string id, string name, IEnumerable<string> options, string? selected, string? emptyLabel)
    {
        var html = new StringBuilder($"<select id=\"{id}\" name=\"{name}\">");
        foreach (var option in options)
        {
            var label = option.Length == 0 ? emptyLabel ?? "" : option;
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.E(option)}\"{(string.Equals(option, selected ?? "", StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{Html.E(label)}</option>");
        }
        return html.Append("</select>").ToString();
    }
}
