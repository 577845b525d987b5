namespace Parley.Tests.Events;

/// <summary>Weapons moved or stationed, flanks reinforced, bodies dissolved and hackers' targets (sentences written for these tests).</summary>
public sealed class DeploymentAndRepressionCueTests
{
    [Theory]
    [InlineData("Moscow moved nuclear-capable missiles to Belarus in June.", "MOBILIZE")]
    [InlineData("Washington stationed more bombers in Guam.", "MOBILIZE")]
    [InlineData("Warsaw reinforced its eastern border with two more brigades.", "MOBILIZE")]
    [InlineData("The military council dissolved the independent trade unions.", "COERCE")]
    [InlineData("Hackers tied to Pyongyang targeted the ministry's email servers.", "COERCE")]
    public void TheWordsTellTheirEvent(string text, string type) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.Category.Type == type);
}
