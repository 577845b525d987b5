namespace Parley.Tests.Events;

/// <summary>
/// A country joined by a hyphen to "linked", "owned", "flagged", "controlled" or "held" says whose the thing struck
/// is, so it is the recipient (sentences written for these tests).
/// </summary>
public sealed class HyphenOwnerTests
{
    [Theory]
    [InlineData("Iranian commandos seized an Israeli-linked container ship in the Gulf of Oman on Saturday.", "COERCE", "ISR")]
    [InlineData("Naval special forces boarded a Russian-flagged cargo vessel off the coast on Tuesday.", "COERCE", "RUS")]
    [InlineData("Ukrainian drones struck a Russian-owned oil tanker on Monday.", "ASSAULT", "RUS")]
    public void TheNameBeforeTheHyphen_OwnsWhatIsStruck(string text, string type, string owner)
    {
        var struck = Assert.Single(EventCodingTests.Code(text), e => e.Category.Type == type);
        Assert.Equal([owner], struck.Recipients.Select(r => r.Code).Distinct());
    }
}
