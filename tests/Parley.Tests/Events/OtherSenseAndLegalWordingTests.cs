namespace Parley.Tests.Events;

/// <summary>
/// Legal, verbal and deployment wordings (sentences written for these tests): an accord torn up is rejected; one said to be
/// "under investigation" is investigated; a name-calling that says a body or act is rigged or a betrayal alleges; forces
/// "sent in" are deployed, not given; troops that "pull out" of a town retreat even in a headline's present tense; and a
/// breach named only as what a condemnation says of an act is no act of its own; a crackdown that kills is violence; acting
/// on a request grants it.
/// </summary>
public sealed class OtherSenseAndLegalWordingTests
{
    [Fact]
    public void AccordTornUp_IsRejected() =>
        Assert.Contains(EventCodingTests.Code("Kenya accused Somalia of tearing up the maritime deal."),
            e => e.Category.Type == "REJECT");

    [Fact]
    public void UnderInvestigation_IsAnInvestigation() =>
        Assert.Contains(EventCodingTests.Code("The former general is under investigation for corruption, prosecutors said."),
            e => e.Category is { Type: "ACCUSE", Mode: "investigate" });

    [Theory]
    [InlineData("The opposition rejected the verdict, calling the court rigged.")]
    [InlineData("Washington paused the partnership, calling the decision a betrayal of the country's voters.")]
    public void NameCalling_Alleges(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category is { Type: "ACCUSE", Mode: "allege" });

    [Theory]
    [InlineData("Soldiers sent in to restore order were accused of looting shops.", "troops")]
    [InlineData("Police sent in to clear the square fired tear gas at the crowd.", "police")]
    public void ForcesSentIn_AreDeployed(string text, string mode)
    {
        var events = EventCodingTests.Code(text);
        Assert.Contains(events, e => e.Category.Type == "MOBILIZE" && e.Category.Mode == mode);
        Assert.DoesNotContain(events, e => e.Category.Type == "AID");
    }

    [Fact]
    public void TroopsPullOutInThePresent_Retreat() =>
        Assert.Contains(EventCodingTests.Code("Russian troops pull out of the town of Kupiansk"), e => e.Category is { Type: "RETREAT", Mode: "withdraw" });

    [Fact]
    public void BreachNamedInACondemnation_IsNoRejection() =>
        Assert.DoesNotContain(EventCodingTests.Code("The foreign minister condemned the raid as a flagrant breach of international law."),
            e => e.Category.Type == "REJECT");

    [Fact]
    public void DeadlyCrackdown_IsViolence() =>
        Assert.Contains(EventCodingTests.Code("Rights groups condemned the government's bloody crackdown on the protests."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void ActingOnARequest_GrantsIt() =>
        Assert.Contains(EventCodingTests.Code("Pakistan asked Kabul to extradite the suspects, and Afghanistan said it would act on the request."),
            e => e.Category.Type == "AGREE");
}
