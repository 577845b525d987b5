namespace Parley.Tests.Events;

/// <summary>
/// An agreement is made by what it agrees to (sentences written for these tests): two verbs of agreeing by the same
/// parties, in two sentences, are two undertakings, not one told twice.
/// </summary>
public sealed class TwoAgreementsMergeTests
{
    [Fact]
    public void TwoVerbsOfAgreeingInTwoSentences_AreTwoAgreements()
    {
        var events = EventCodingTests.Code("Nordic ministers meet in Oslo\n\nOSLO — Norway and Sweden agreed on Tuesday to build a new rail "
            + "link across their northern border.\n\nNorway and Sweden also met fishing groups. Norway and Sweden pledged to share the cost of "
            + "icebreakers in the Gulf of Bothnia.\n");
        Assert.Equal(2, events.Count(e => e.PloverCategory.Type == "AGREE"));
    }
}
