namespace Parley.Text;

/// <summary>Finding a phrase in raw text only where it stands as whole words ("Arizona", not "Arizonan").</summary>
public static class WholeWords
{
    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> with no letter or digit right before or after it.</summary>
    public static bool Contains(string text, string phrase, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        for (var at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + 1, comparison))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }
}
