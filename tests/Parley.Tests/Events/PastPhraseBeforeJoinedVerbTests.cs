using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// A background phrase within a clause ("his first trip abroad since taking office") does not put in the past a verb joined to
/// the clause by "and"; a background phrase that opens the sentence ("In the past, …") covers all of it (sentences written for these tests).
/// </summary>
public sealed class PastPhraseBeforeJoinedVerbTests
{
    [Fact]
    public void PactSignedAfterATripSinceTakingOffice_IsTheNews() =>
        Assert.Equal(EventModality.Asserted, Assert.Single(EventCodingTests.Code(
            "Japanese Prime Minister Shigeru Ishiba flew to Manila on Friday for his first trip abroad since taking office and signed a defence pact with President Ferdinand Marcos."),
            e => e.Category.Type == "SUPPORT").Modality);

    [Fact]
    public void WarningJoinedToAnOpeningPastPhrase_IsBackground() =>
        Assert.Equal(EventModality.Historical, Assert.Single(EventCodingTests.Code(
            "In the past, Moscow has criticised Western aid to Kyiv and warned of consequences."),
            e => e.Category.Type == "THREATEN").Modality);
}
