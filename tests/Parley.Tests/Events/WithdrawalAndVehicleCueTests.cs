namespace Parley.Tests.Events;

/// <summary>Cues found missing on new articles: forces going back to their barracks, a vehicle driven over a person, a
/// treaty ended, perks scrapped (sentences written for these tests).</summary>
public sealed class WithdrawalAndVehicleCueTests
{
    [Theory]
    [InlineData("The mutinous soldiers returned to their barracks on Saturday evening.", "RETREAT", "withdraw")]
    [InlineData("An army truck ran over a demonstrator in Khartoum, witnesses said.", "ASSAULT", null)]
    [InlineData("Ecuador will end its defence treaty with Peru, the foreign ministry said.", "SANCTION", "withdraw")]
    [InlineData("The cabinet scrapped the pay increase for ministers after weeks of anger.", "CONCEDE", null)]
    public void TheCue_IsFound(string sentence, string type, string? mode) =>
        Assert.Single(EventCodingTests.Code(sentence), e => e.Category.Type == type && e.Category.Mode == mode);
}
