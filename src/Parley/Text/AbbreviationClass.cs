namespace Parley.Text;

/// <summary>How an abbreviation behaves at a possible sentence end (see <c>lexicons/text/abbreviations.tsv</c>).</summary>
public enum AbbreviationClass : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>Stands before a name or number; never ends a sentence.</summary>
    Title,
    /// <summary>A month; does not end a sentence before a number.</summary>
    Month,
    /// <summary>May end a sentence before a usual sentence opener.</summary>
    Other,
}
