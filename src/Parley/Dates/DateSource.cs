namespace Parley.Dates;

/// <summary>Where a document's publication date came from, in order of trust.</summary>
public enum DateSource : byte
{
    /// <summary>Given by the user (<c>--date</c>).</summary>
    Option,
    /// <summary>From the input's metadata: HTML meta tags, JSON-LD, <c>&lt;time&gt;</c>, feed item dates, JSONL fields.</summary>
    Metadata,
    /// <summary>From a dateline at the start of the text ("KYIV, Feb 19 (Reuters) -").</summary>
    Dateline,
}
