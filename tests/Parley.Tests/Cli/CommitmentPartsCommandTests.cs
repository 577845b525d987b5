using System.Text.Json;
using Parley.Tests.Support;

namespace Parley.Tests.Cli;

/// <summary>
/// <c>parley commitments</c> and <c>parley brief</c> over the HTML samples, whose article on the April 2024 US
/// supplemental tells the $95 billion bill and, two sentences on, the $60.8 billion for Ukraine it includes: the
/// share is listed as part of the bill, and no total counts it twice.
/// </summary>
public sealed class CommitmentPartsCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string db;

    public CommitmentPartsCommandTests()
    {
        db = Path.Combine(temp.Path, "html.db");
        var result = CliRunner.Run(["ingest", Repository.Sample("html"), "--db", db]);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void TheShareOfTheSupplemental_IsPartOfTheBill_AndTheTotalsCountTheBillOnce()
    {
        var result = CliRunner.Run(["commitments", "--format", "json", "--db", db]);

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Out).RootElement;
        var commitments = root.GetProperty("commitments").EnumerateArray().ToArray();
        var bill = Assert.Single(commitments, c => c.GetProperty("amount").GetDecimal() == 95_000_000_000m);
        var share = Assert.Single(commitments, c => c.GetProperty("amount").GetDecimal() == 60_800_000_000m);
        Assert.Equal(JsonValueKind.Null, bill.GetProperty("part_of").ValueKind);
        Assert.Equal(bill.GetProperty("event_id").GetInt64(), share.GetProperty("part_of").GetInt64());
        var totals = root.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("parts_not_summed").GetInt32());
        Assert.Equal(commitments.Where(c => c.GetProperty("part_of").ValueKind == JsonValueKind.Null).Sum(c => c.GetProperty("usd").GetDecimal()),
            totals.GetProperty("usd").GetDecimal());
        Assert.Equal(totals.GetProperty("usd").GetDecimal(), totals.GetProperty("by_month").EnumerateArray().Sum(m => m.GetProperty("usd").GetDecimal()));
    }

    [Fact]
    public void TheTable_MarksTheShare_AndTheBriefSummaryLeavesItOutOfTheTotal()
    {
        var table = CliRunner.Run(["commitments", "--db", db]);
        var brief = CliRunner.Run(["brief", "--db", db]);

        Assert.Contains("$60.8bn (part of $95bn)", table.Out, StringComparison.Ordinal);
        Assert.Contains("1 of them part of another, not summed again", table.Out, StringComparison.Ordinal);
        var summary = Assert.Single(brief.Out.Split('\n'), l => l.Contains("aid commitment", StringComparison.Ordinal));
        Assert.Contains("plus 1 part of them listed but not counted again", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("$60.8", summary, StringComparison.Ordinal);
        Assert.Contains("part of the 95,000,000,000 USD commitment of 2024-04-24, not counted again", brief.Out, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
