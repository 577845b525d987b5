using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// An institution known by a common name ("Congress") is the body of whichever country is named just before it, not
/// of the country the lexicon gives it (sentences written for these tests).
/// </summary>
public sealed class CommonNamedInstitutionOwnerTests
{
    [Theory]
    [InlineData("Peru's Congress voted on Friday.", "Peru's Congress", "PER")]
    [InlineData("The Colombian Congress voted on Friday.", "Colombian Congress", "COL")]
    [InlineData("The U.S. Congress voted on Friday.", "U.S. Congress", "USA")]
    public void ACountryBeforeIt_OwnsIt(string sentence, string text, string code) =>
        Assert.Equal([(text, code, "LEG")],
            Pipelines.Mentions(sentence, MentionKind.Actor, "2025-06-01").Select(m => (m.Text, m.Mention.Actor!.Code, m.Mention.Actor.Sector)));
}
