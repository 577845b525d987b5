using Parley.Documents;

namespace Parley.Events;

public sealed partial class EventFinder
{
    /// <summary>
    /// "police arrested dozens", "detained two of its senior leaders", "gave him a year in prison": violence or coercion
    /// whose object counts or points to people without naming them strikes the people of the place where it happens,
    /// even when the actor is of that country (a state's police against its own people). With no such object ("imposed a
    /// curfew", "seized power", "fighting in Darfur") the place is only where it happens.
    /// </summary>
    private bool StrikesUnnamedPeople(SentenceClauses clause, PloverEvent e, int first, int end)
    {
        if (e.Category.Type is not ("ASSAULT" or "COERCE") || e.Pattern.Form != EventForm.Verb)
            return false;
        var objectStart = e.Pattern.Text.Contains("...", StringComparison.Ordinal) ? first + 1 : end;
        if (objectStart >= clause.Sentence.EndToken)
            return false;
        if (clause.Is(objectStart, PersonalObjects) || clause.Is(objectStart, GroupObjects)
            || clause.Document.Tokens[objectStart].Kind == TokenKind.Number)
            return true;
        // "a" counts one, but opens any noun: "imposed a curfew".
        return !clause.Is(objectStart, Articles) && lexicon.QuantityWords.Word(clause.Word(objectStart)).Any(w => w.Kind == QuantityWordKind.Number);
    }
}
