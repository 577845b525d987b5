using System.Text.Json.Serialization;
using Parley.Events;

namespace Parley.Storage;

/// <summary>
/// Serialisers of the JSON columns written for every document and event (contexts, quantities, quality),
/// generated at build time: reflection-based serialisation looked up its metadata and boxed its way through
/// each value on ingest's pipeline thread. The same camelCase names and escaping as
/// <see cref="PreparedDocument.JsonOptions"/>, so the columns are byte for byte what they were.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SortedSet<string>))]
[JsonSerializable(typeof(QuantityRecord[]))]
[JsonSerializable(typeof(DocumentQuality))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
