using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Dates;

/// <summary>
/// Settles the publication date: the user's <c>--date</c> wins, then the input's metadata, then a
/// dateline at the start of the first blocks. A dateline's agency fills in a missing source.
/// </summary>
public sealed class PublicationDateResolver(PartialDate? userDate = null) : IPipelineComponent
{
    // A headline and a byline may stand before the dateline paragraph.
    private const int BlocksToSearch = 3;

    /// <inheritdoc />
    public string Name => "publication-date";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Blocks];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.PublicationDate];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var metadata = document.Metadata;
        if (userDate is { } date)
        {
            document.Metadata = metadata with { Published = new PublicationDate(date, DateSource.Option) };
            return;
        }
        if (metadata.Published is not null)
            return;
        var blocks = document.Blocks;
        for (var b = 0; b < blocks.Length && b < BlocksToSearch; b++)
        {
            if (!DatelineParser.TryParse(document.Text.AsSpan(blocks[b].Start, blocks[b].End - blocks[b].Start), out var dateline))
                continue;
            document.Metadata = metadata with
            {
                Published = new PublicationDate(dateline.Date, DateSource.Dateline),
                Source = metadata.Source ?? dateline.Agency,
            };
            document.Spans.Add("dateline", new Span(blocks[b].Start, blocks[b].Start + dateline.Length, "DATELINE", Name));
            return;
        }
    }
}
