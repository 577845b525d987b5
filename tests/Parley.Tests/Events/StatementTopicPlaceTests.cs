namespace Parley.Tests.Events;

/// <summary>
/// A place named inside the act a statement is about (a charge, a demand, a threat) is that act's scene, not the
/// statement's (sentences written for these tests).
/// </summary>
public sealed class StatementTopicPlaceTests
{
    [Fact]
    public void AChargeOfAnActInAPlace_IsNotMadeThere()
    {
        var events = EventCodingTests.Code("Ethiopia accused Eritrean troops of shelling villages in Tigray on Monday.", "2025-03-11");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "ACCUSE").Location);
        Assert.Equal("ETH", Assert.Single(events, e => e.Category.Type == "ASSAULT").Location?.Place?.Country);
    }

    [Fact]
    public void ABlameForAnActInAPlace_IsNotMadeThere()
    {
        var events = EventCodingTests.Code("Moscow blamed Kyiv for bombing a railway bridge in Belgorod on Sunday.", "2025-06-02");
        Assert.Null(Assert.Single(events, e => e.Category.Type == "ACCUSE").Location);
    }

    [Fact]
    public void ADemandOfAnActInAPlace_IsNotMadeThere()
    {
        // The visit asked for is dropped as an event of its own, but it still owns the place after it.
        var events = EventCodingTests.Code("The mayor urged the Pope to visit Lebanon and pray at the port.", "2025-03-11");
        var request = Assert.Single(events);
        Assert.Equal("REQUEST", request.Category.Type);
        Assert.Null(request.Location);
    }

    [Fact]
    public void AStatementMadeInAPlace_KeepsIt()
    {
        var events = EventCodingTests.Code("The army accused the RSF in Geneva on Monday of killing civilians.", "2025-03-11");
        Assert.Equal("CHE", Assert.Single(events, e => e.Category.Type == "ACCUSE").Location?.Place?.Country);
    }
}
