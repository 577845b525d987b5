using Parley.Documents;

namespace Parley.Pipeline;

/// <summary>
/// Components run in exactly the order given. Building fails when a component requires an
/// annotation that no earlier component assigns (spaCy's <c>analyze_pipes</c>); nothing is reordered.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly IPipelineComponent[] components;

    private DocumentPipeline(IPipelineComponent[] components) => this.components = components;

    /// <summary>The components, in running order.</summary>
    public IReadOnlyList<IPipelineComponent> Components => components;

    /// <summary>Checks the order of <paramref name="components"/> and returns the pipeline.</summary>
    /// <exception cref="PipelineBuildException">A requirement is unmet or a name is repeated.</exception>
    public static DocumentPipeline Build(params IEnumerable<IPipelineComponent> components)
    {
        var list = components.ToArray();
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in list)
        {
            if (!names.Add(component.Name))
                throw new PipelineBuildException($"Component '{component.Name}' appears twice in the pipeline.");
            var missing = component.Requires.Where(r => !assigned.Contains(r)).ToArray();
            if (missing.Length > 0)
                throw new PipelineBuildException(
                    $"Component '{component.Name}' requires {string.Join(", ", missing.Select(m => $"'{m}'"))}, " +
                    "which no earlier component assigns. Put a component that assigns it before this one.");
            assigned.UnionWith(component.Assigns);
        }
        return new DocumentPipeline(list);
    }

    /// <summary>Runs every component over the document.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(document, cancellationToken);
        }
        return document;
    }
}
