using System.Text;

namespace Parley.Documents;

/// <summary>
/// The canonical form of a document's text, applied once when a document is created so that every
/// offset refers to the same string: Unicode NFC, LF line ends, no byte-order mark, and control
/// characters (other than tab and newline) replaced by spaces.
/// </summary>
public static class DocumentText
{
    /// <summary>Returns the canonical form of <paramref name="text"/>.</summary>
    public static string Canonicalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan();
        if (s.Length > 0 && s[0] == '\uFEFF')
            s = s[1..];
        var needsRewrite = s.Length != text.Length || s.ContainsAnyInRange('\0', '\u0008')
            || s.ContainsAnyInRange('\u000B', '\u001F') || s.ContainsAnyInRange('\u007F', '\u009F');
        string result;
        if (needsRewrite)
        {
            var builder = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c == '\r')
                {
                    builder.Append('\n');
                    if (i + 1 < s.Length && s[i + 1] == '\n')
                        i++;
                }
                else if (c is '\n' or '\t' || !char.IsControl(c))
                    builder.Append(c);
                else
                    builder.Append(' ');
            }
            result = builder.ToString();
        }
        else
            result = text;
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }
}
