using Parley.Dates;
using Parley.Text;

namespace Parley.Pipeline;

/// <summary>The pipeline Parley runs by default: normalise → layout → tokens → sentences → headline → publication date.</summary>
public static class StandardPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    /// <param name="userDate">A publication date given by the user, which overrides what the input says.</param>
    public static DocumentPipeline Create(PartialDate? userDate = null) => DocumentPipeline.Build(
        new MatchTextFolder(),
        new LayoutAnalyzer(),
        new Tokenizer(),
        new SentenceSplitter(),
        new HeadlineFinder(),
        new PublicationDateResolver(userDate));
}
