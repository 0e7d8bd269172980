using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MotCua.Common.Web;

namespace MotCua.Modules.Integration.Open311;

/// <summary>One of a few fixed words, exactly as written (Open311's lower-case <c>json</c>, <c>xml</c>), declared as an enum in the document.</summary>
internal sealed record ChoiceParameter(string Name, IReadOnlyList<string> Choices) : ApiParameter<string?>(Name)
{
    protected override ParameterReading Parse(string text, out string? value)
    {
        value = Choices.Contains(text, StringComparer.Ordinal) ? text : null;
        return value is null ? ParameterReading.Malformed : ParameterReading.Valid;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. Choices.Select(c => (JsonNode)JsonValue.Create(c))],
        Description = Description,
    };
}
