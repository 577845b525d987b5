using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>
/// A small step that reads some annotations of a document and adds others. It declares both, so
/// that a pipeline can check at build time that every requirement is met by an earlier component.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Short unique name, recorded on the spans the component makes.</summary>
    string Name { get; }

    /// <summary>Annotations (see <see cref="Annotations"/>) that must exist before this component runs.</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Annotations this component adds.</summary>
    IReadOnlyList<string> Assigns { get; }

    /// <summary>Annotates <paramref name="document"/> in place.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
