using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>A weekday in a sentence that names a plan: only the verb "plan to" looks forward (sentences written for these tests).</summary>
public sealed class PlanNounDateTests
{
    private const string Published = "2025-11-24"; // a Monday

    [Theory]
    [InlineData("The delegations met in Geneva on Sunday to rework a 28-point U.S. plan to end the war.", "2025-11-23")]
    [InlineData("Ministers discussed Trump's plan to end the war on Sunday.", "2025-11-23")]
    [InlineData("The envoys met on Sunday and backed the new peace plan to rebuild the port.", "2025-11-23")]
    [InlineData("The two sides plan to meet again on Sunday.", "2025-11-30")]
    [InlineData("The allies plan to hold talks on Sunday.", "2025-11-30")]
    [InlineData("Moscow plans to host the next round on Sunday.", "2025-11-30")]
    public void TheWeekday_LooksForwardOnlyForTheVerb(string sentence, string day) =>
        Assert.Equal(day, Assert.Single(Pipelines.Mentions(sentence, MentionKind.Date, Published)).Mention.Time!.Value);
}
