using Parley.Documents;

namespace Parley.Cli.Output;

/// <summary>Where <c>parley extract</c> writes processed documents, in one output format.</summary>
public interface IExtractOutput : IDisposable
{
    /// <summary>Writes one document.</summary>
    void Write(Document document);

    /// <summary>Finishes the output after the last document.</summary>
    void Complete();
}
