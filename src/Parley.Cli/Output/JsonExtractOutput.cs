using System.Text;
using System.Text.Json;
using Parley.Documents;
using Parley.Serialization;

namespace Parley.Cli.Output;

/// <summary>
/// JSON output. As JSON Lines, one compact object per document. As JSON, one indented object for a
/// single document and an array for several; only the first document is held back to decide which,
/// so memory stays bounded however many documents follow.
/// </summary>
public sealed class JsonExtractOutput(TextWriter output, bool lines, bool includeText, bool explain) : IExtractOutput
{
    private string? held;
    private int count;

    /// <inheritdoc />
    public void Write(Document document)
    {
        var json = Serialize(document);
        count++;
        if (lines)
        {
            output.WriteLine(json);
            return;
        }
        if (count == 1)
        {
            held = json;
            return;
        }
        if (count == 2)
        {
            output.WriteLine("[");
            output.Write(Indent(held!));
            held = null;
        }
        output.WriteLine(",");
        output.Write(Indent(json));
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (lines)
            return;
        if (count == 0)
            output.WriteLine("[]");
        else if (count == 1)
            output.WriteLine(held);
        else
            output.WriteLine("\n]");
        output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => output.Flush();

    private string Serialize(Document document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ExtractJsonWriter.Options(indented: !lines)))
            ExtractJsonWriter.Write(writer, document, includeText, explain);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);
}
