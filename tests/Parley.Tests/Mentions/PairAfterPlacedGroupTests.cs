using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "both countries" read after a sentence whose groups were placed once it was read: those mentions are not in text
/// order, and reading the words between two of them must not run backwards (the text was written for this test).
/// </summary>
public sealed class PairAfterPlacedGroupTests
{
    private const string Text =
        "Prime Minister Shehbaz Sharif called the strikes an act of war and said Pakistan had every right to respond. "
        + "The army said artillery fire across the Line of Control killed at least 12 people in Indian-administered Kashmir.\n\n"
        + "U.S. Secretary of State Marco Rubio spoke by phone with the national security advisers of both countries and urged "
        + "them to keep lines of communication open. China, a close ally of Pakistan, called on both sides to exercise restraint.";

    [Fact]
    public void TheTextIsCoded_WithThePhoneCallToASideInPlay()
    {
        var call = Assert.Single(EventCodingTests.Code(Text, "2025-05-07"), e => e.Category is { Type: "CONSULT", Mode: "phone" });
        Assert.Contains(call.Recipients, r => r.Code == "PAK");
    }
}
