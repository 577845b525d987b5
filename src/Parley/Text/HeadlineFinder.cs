using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>Takes a document's first heading as its title when the input gave none (plain-text articles).</summary>
public sealed class HeadlineFinder : IPipelineComponent
{
    /// <inheritdoc />
    public string Name => "headline";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.Blocks];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Title];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Metadata.Title is not null || document.Blocks.IsEmpty || document.Blocks[0].Kind != BlockKind.Heading)
            return;
        document.Metadata = document.Metadata with { Title = document.Slice(document.Blocks[0].Span) };
    }
}
