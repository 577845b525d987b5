using Parley.Lexicons;
using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Lexicons;

public sealed class LexiconValidatorTests
{
    private const string Header = "# parley-lexicon: actors/office-holders\n# version: 1\n";

    [Fact]
    public void ShippedLexicons_HaveNoErrors() =>
        Assert.DoesNotContain(LexiconValidator.Validate(LexiconFiles.Shipped), p => p.IsError);

    [Fact]
    public void OverlappingTermsOfASingleSeat_AreErrors()
    {
        using var user = new TempDirectory();
        user.Write("actors/office-holders.tsv", Header +
            "MDA\tGOV\tchief archivist\tAna Example\t-\t2030-01-01\t2034-12-31\n" +
            "MDA\tGOV\tchief archivist\tIon Example\t-\t2032-06-01\t-\n");
        var problem = Assert.Single(LexiconValidator.Validate(new LexiconFiles(user.Path)), p => p.IsError);
        Assert.Contains("Ion Example", problem.Message);
        Assert.Contains("office-holders.tsv:4", problem.Location);
    }

    [Fact]
    public void UnknownCodesAndSectors_AreErrors()
    {
        using var user = new TempDirectory();
        user.Write("actors/office-holders.tsv", Header + "XYZ\tFOO\tpresident\tNobody\t-\t2030-01-01\t-\n");
        var errors = LexiconValidator.Validate(new LexiconFiles(user.Path)).Where(p => p.IsError).Select(p => p.Message).ToArray();
        Assert.Contains(errors, m => m.Contains("unknown code 'XYZ'", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("unknown sector 'FOO'", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedLines_AreReportedWithFileAndLine()
    {
        using var user = new TempDirectory();
        user.Write("actors/office-holders.tsv", Header + "MDA\tGOV\tpresident\n");
        var problem = Assert.Single(LexiconValidator.Validate(new LexiconFiles(user.Path)));
        Assert.True(problem.IsError);
        Assert.EndsWith("office-holders.tsv:3", problem.Location);
    }

    [Fact]
    public void UserLexicons_ExtendTheShippedOnes_WithoutRecompiling()
    {
        using var user = new TempDirectory();
        user.Write("actors/office-holders.tsv", Header + "MDA\tGOV\tspecial envoy\tAna Example\tExample\t2030-01-01\t-\n");
        var lexicon = EntityLexicon.Load(new LexiconFiles(user.Path));
        var document = Parley.Pipeline.StandardPipeline.Create(Parley.Dates.PartialDate.FromDate(new DateOnly(2030, 5, 1)), lexicon)
            .Process(new Parley.Documents.Document("Envoy Example arrived in Chisinau.", new Parley.Documents.DocumentMetadata { Id = "x", Origin = "x", Format = "text" }));
        var actor = Assert.Single(document.Mentions, m => m.Actor is not null).Actor!;
        Assert.Equal(("MDA", "Ana Example"), (actor.Code, actor.Name));
    }

    [Theory]
    [InlineData("47.0200\t28.8400", true)]
    [InlineData("45.5000\t25.0000", false)]
    public void ATownListedTwice_IsReported_ButSameNamedTownsFarApartAreNot(string coordinates, bool reported)
    {
        using var user = new TempDirectory();
        user.Write("places/towns-extra.tsv", "# parley-lexicon: places/towns-extra\n# version: 1\n" +
            $"Chisinau\tcity\tMDA\t-\t{coordinates}\t600000\t-\n");
        var problems = LexiconValidator.Validate(new LexiconFiles(user.Path));
        Assert.Equal(reported, problems.Any(p => p.Location.EndsWith("towns-extra.tsv:3", StringComparison.Ordinal) && p.Message.Contains("already listed", StringComparison.Ordinal)));
    }
}
