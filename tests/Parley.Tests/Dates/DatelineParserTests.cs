using Parley.Dates;
using Parley.Tests.Support;

namespace Parley.Tests.Dates;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("KYIV, Feb 19 (Reuters) - The envoy arrived.", "KYIV", "--02-19", "Reuters")]
    [InlineData("WASHINGTON, Dec. 21, 2022 (AP) — Zelensky landed.", "WASHINGTON", "2022-12-21", "AP")]
    [InlineData("GAZA CITY, 15 January 2025 - Crowds gathered.", "GAZA CITY", "2025-01-15", null)]
    [InlineData("WASHINGTON/LONDON, Jan. 12, 2024 (Parley Wire) — Strikes hit.", "WASHINGTON/LONDON", "2024-01-12", "Parley Wire")]
    [InlineData("BEIRUT, Lebanon, Sept 27 – Blasts shook the city.", "BEIRUT", "--09-27", null)]
    public void TryParse_ReadsWireDatelines(string text, string place, string date, string? agency)
    {
        Assert.True(DatelineParser.TryParse(text, out var dateline));
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Date.ToString());
        Assert.Equal(agency, dateline.Agency);
    }

    [Theory]
    [InlineData("The envoy arrived in Kyiv on Feb 19.")]
    [InlineData("KYIV, Feb 31 (Reuters) - Impossible date.")]
    [InlineData("NATO, the alliance - not a dateline")]
    public void TryParse_RejectsTextThatIsNoDateline(string text) =>
        Assert.False(DatelineParser.TryParse(text, out _));

    [Fact]
    public void Pipeline_TakesThePublicationDateFromTheDateline_WhenMetadataHasNone()
    {
        var document = Pipelines.Process("Envoy arrives in Kyiv\n\nKYIV, Feb. 19, 2025 (Parley Wire) — The U.S. envoy arrived.");
        Assert.Equal("2025-02-19", document.Metadata.Published?.Date.ToString());
        Assert.Equal(DateSource.Dateline, document.Metadata.Published?.Source);
        Assert.Equal("Parley Wire", document.Metadata.Source);
        Assert.Equal("Envoy arrives in Kyiv", document.Metadata.Title);
    }

    [Theory]
    [InlineData("2025-02-19", DatePrecision.Day)]
    [InlineData("2025-02", DatePrecision.Month)]
    [InlineData("2025", DatePrecision.Year)]
    [InlineData("--02-29", DatePrecision.MonthDay)]
    public void PartialDate_RoundTripsItsIsoForm(string text, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }
}
