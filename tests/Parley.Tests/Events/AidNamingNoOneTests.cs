namespace Parley.Tests.Events;

/// <summary>
/// Help given or promised in a sentence that names no one it is for ("France will provide 500 million euros a year")
/// goes where the story's help went, as a pledge does (stories written for these tests).
/// </summary>
public sealed class AidNamingNoOneTests
{
    [Fact]
    public void ProvidedAidNamingNoOne_IsForWhomTheStorysHelpWentTo()
    {
        var events = EventCodingTests.Code("Macron signs defence pact in Chisinau\n\nFrench President Emmanuel Macron travelled to Chisinau on Friday and "
            + "signed a defence pact with President Maia Sandu, promising that France would stand by Moldova.\n\n"
            + "Under the agreement, France will provide at least 500 million euros a year in military aid until 2030.");
        var aid = Assert.Single(events, e => e.Category.Type is "AID" or "AGREE" && e.Pattern.Text.Contains("provide"));
        Assert.Equal("MDA", Assert.Single(aid.Recipients).Code);
    }
}
