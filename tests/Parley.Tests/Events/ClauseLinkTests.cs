using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Parties one clause or phrase of a sentence gives the act of another (sentences written for these tests).</summary>
public sealed class ClauseLinkTests
{
    [Theory]
    // A response answers whoever acted in the clause after "after".
    [InlineData("Farmers marched in Brussels on Monday after the European Commission backed the Mercosur deal.", "PROTEST", "EU")]
    // Unions are people of their country, apart from its government: calling off their strike answers it.
    [InlineData("Ghana's trade unions called off a planned walkout on Thursday after the finance ministry promised to double the minimum wage.", "CONCEDE", "GHA")]
    // The act a response answers, with no object named, was done to the responders.
    [InlineData("Ghana's trade unions called off a planned walkout on Thursday after the finance ministry promised to double the minimum wage.", "AGREE", "GHA")]
    // A refusal acts on whom the act it refuses acts on.
    [InlineData("Turkey's parliament refused for months to ratify Finland's NATO bid before finally approving it in March.", "REJECT", "FIN")]
    // An act whose object names another act acts on whom that act does.
    [InlineData("Caracas said it would not attend the next round of border talks with Guyana.", "REJECT", "GUY")]
    // A visit goes to the place reached, not the place left.
    [InlineData("The Polish president paid a surprise visit from Warsaw to Kyiv on Tuesday.", "CONSULT", "UKR")]
    // A verb joined by "but" has the subject of the verb before, not its object.
    [InlineData("Hungary asked Brussels to release the frozen funds but was refused.", "REJECT", "HUN")]
    // A participle after a noun cue takes its object.
    [InlineData("Russia staged naval drills encircling Japan on Monday.", "MOBILIZE", "JPN")]
    // A seat of power named with no place stands for the actors' own government.
    [InlineData("Hundreds of Peruvian farmers staged a sit-in outside the legislature on Friday.", "PROTEST", "PER")]
    [InlineData("Thousands of Ghanaian students plan to march on the presidential palace next week.", "PROTEST", "GHA")]
    [InlineData("Ecuador's president declared a state of emergency, sending troops to the national assembly on Monday.", "MOBILIZE", "ECU")]
    // A country name describing the object says whose it is.
    [InlineData("Venezuela's president turned back three U.S. cargo planes on Sunday.", "REJECT", "USA")]
    // An appeal to the parties of a place is made of its country.
    [InlineData("The African Union urged all factions in Libya to return to talks.", "REQUEST", "LBY")]
    public void TheRecipient_IsFoundInAnotherClauseOrPhrase(string text, string type, string recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => x.Category.Type == type);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Theory]
    // A participle clause acts on whom its main clause acted on.
    [InlineData("Turkey halted all trade with Israel on Thursday, calling the war in Gaza a genocide.", "calling", "TUR", "ISR")]
    // A passive whose "by" phrase names a weapon takes the name modifying it as actor.
    [InlineData("An apartment block in Odesa was struck by Russian drones overnight.", "struck", "RUS", "UKR")]
    // A gerund after a conjunction or "by" is done by the subject of its clause.
    [InlineData("Turkey's parliament refused for months to ratify Finland's NATO bid before finally approving it in March.", "approving", "TUR", null)]
    [InlineData("Canada expelled six Indian diplomats on Monday, and New Delhi responded within hours by ordering six Canadian diplomats to leave.", "ordering", "IND", "CAN")]
    public void TheParties_OfAClauseWithoutASubject_ComeFromTheClauseItHangsFrom(string text, string cue, string actor, string? recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), x => text[x.Trigger.Start..x.Trigger.End].StartsWith(cue, StringComparison.Ordinal));
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, e.Recipients.SingleOrDefault()?.Code);
    }
}
