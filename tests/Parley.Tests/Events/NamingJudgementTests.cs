namespace Parley.Tests.Events;

/// <summary>
/// Name-calling and praise (events/naming-frames.tsv × events/judgements.tsv): a judgement a naming verb puts on a side or
/// its act is an event of the judgement's type and mode, aimed at the side or at whoever did the act named (sentences
/// written for these tests).
/// </summary>
public sealed class NamingJudgementTests
{
    // Past a long name for what is judged (the first two), and judgements of harm done (the rest).
    [Theory]
    [InlineData("The opposition party called the police raids on its regional offices a dark chapter.", "disapprove")]
    [InlineData("Pakistan's foreign minister called the Indian army chief's account of the clash a lie.", "allege")]
    [InlineData("The opposition called the border deal a national humiliation.", "disapprove")]
    [InlineData("Aid groups called the airdrops a costly distraction.", "disapprove")]
    [InlineData("Estonia's president called the military build-up a direct threat.", "disapprove")]
    [InlineData("The party's leader called the indictment a political attack.", "allege")]
    [InlineData("Lithuania expelled two diplomats over what it called meddling.", "disapprove")]
    [InlineData("Rights groups in Kenya called the expulsions a flagrant breach of refugee law.", "disapprove")]
    public void AJudgementAfterANamingVerb_IsANamingOfItsMode(string text, string mode) =>
        Assert.Equal(mode, Assert.Single(EventCodingTests.Code(text, "2025-06-01"), e => e.Category.Type == "ACCUSE").Category.Mode);

    [Fact]
    public void AnExpulsionCalledRegrettable_IsDisapprovalOfTheExpellers()
    {
        var events = EventCodingTests.Code("Peru expelled Bolivia's ambassador on Monday. Bolivia's foreign ministry called the expulsion regrettable.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("disapprove", e.Category.Mode);
        Assert.Equal("BOL", Assert.Single(e.Actors).Code);
        Assert.Equal("PER", Assert.Single(e.Recipients).Code);
    }

    // "a breach of international law" alone is no act (events/patterns.tsv), but named on an act it blames its doer; the act
    // named is the one told before, not a deportation by the side that names it.
    [Fact]
    public void ADeportationCalledABreach_IsDisapprovalOfTheDeporters_AndNoSecondDeportation()
    {
        var events = EventCodingTests.Code("Malaysia deported 30 Rohingya refugees to Myanmar on Tuesday. The UN refugee agency called the deportation a clear breach of international law.", "2025-06-01");
        Assert.Single(events, e => e.Category.Type == "COERCE");
        Assert.Equal("MYS", Assert.Single(Assert.Single(events, e => e.Category.Type == "ACCUSE").Recipients).Code);
    }

    [Fact]
    public void AVerdictCalledAVendetta_AllegesAWrong()
    {
        var e = Assert.Single(EventCodingTests.Code("Georgia's opposition called the verdict a political vendetta.", "2025-06-01"));
        Assert.Equal(("ACCUSE", "allege"), (e.Category.Type, e.Category.Mode));
    }

    [Fact]
    public void TheSideARulingIsSaidToWrong_IsNotWhomTheNamingAccuses()
    {
        var events = EventCodingTests.Code("A court in Zagreb convicted the Croatian Serb leader on Monday. Serbia's prime minister called the ruling a political attack on Serbs.", "2025-06-01");
        var e = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("SRB", Assert.Single(e.Actors).Code);
        Assert.Equal("HRV", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ASideNamedAfterTheJudgement_IsNoRecipient()
    {
        var e = Assert.Single(EventCodingTests.Code("Norway's prime minister called the plan a serious threat to Sweden.", "2025-06-01"), e => e.Category.Type == "ACCUSE");
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void AnActCalledOneOfGoodFaith_IsSupport()
    {
        var events = EventCodingTests.Code("Venezuela freed two American prisoners on Sunday. The White House called it a gesture of good faith.", "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "SUPPORT" && e.Sentence == 1);
        Assert.DoesNotContain(events, e => e.Category.Type == "ACCUSE");
    }

    [Fact]
    public void PartiesDescribedAsTerrorists_AreAccused()
    {
        var e = Assert.Single(EventCodingTests.Code("Russia described the rebels as terrorists.", "2025-06-01"));
        Assert.Equal("ACCUSE", e.Category.Type);
    }

    [Fact]
    public void ANameForAPartyAfterTheDescribedAct_IsNotTheDescribing()
    {
        var events = EventCodingTests.Code("China described the drills as a stern warning to separatist forces.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "ACCUSE");
    }

    // What an appeal asks a side to stop is the appeal's, not a judgement of the side.
    [Theory]
    [InlineData("China called on Manila to stop its provocations in the South China Sea.")]
    [InlineData("Egypt called for restraint to avoid further escalation in Lebanon.")]
    [InlineData("The European Union called for an end to Russian aggression against Ukraine.")]
    public void AnActAnAppealAsksToStop_IsNoNameCalling(string text)
    {
        var events = EventCodingTests.Code(text, "2025-06-01");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
        Assert.DoesNotContain(events, e => e.Category.Type == "ACCUSE");
    }

    [Fact]
    public void AMoveCalledAnEscalation_AllegesAWrong()
    {
        var e = Assert.Single(EventCodingTests.Code("Moscow called the pledge of jets to Kyiv a dangerous escalation.", "2025-06-01"), e => e.Category.Type == "ACCUSE");
        Assert.Equal("allege", e.Category.Mode);
    }

    [Fact]
    public void AnAppealToSeparatists_IsNoNameCalling()
    {
        var events = EventCodingTests.Code("The African Union called on the separatists to lay down their arms.", "2025-06-01");
        Assert.DoesNotContain(events, e => e.Category.Type == "ACCUSE");
        Assert.Contains(events, e => e.Category.Type == "REQUEST");
    }
}
