namespace Parley.Tests.Events;

/// <summary>
/// A headline names whom its act is done to in its own terse words ("Serb mayor"), which the lead that retells the act with its
/// doers may code otherwise ("Kosovo's former minister"): still one act (an article written for these tests).
/// </summary>
public sealed class HeadlineRecipientRenamedTests
{
    private const string Article = "Kosovo seeks arrest of Serb mayor\n\n" +
        "PRISTINA — Kosovo prosecutors obtained a warrant on Tuesday for the arrest of Kosovo's former minister Ivan Todosijevic over remarks about a 1999 massacre.";

    [Fact]
    public void TheLeadsWarrant_IsTheHeadlinesArrestSought() =>
        Assert.Single(EventCodingTests.Code(Article), e => e.Category is { Type: "THREATEN", Mode: "arrest" });
}
