using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MotCua.Common.Web;

/// <summary>
/// Describes the parameters an endpoint declared (<see cref="ApiParameters"/>) with their real types and limits instead of
/// the text they are bound as. A declaration that names no parameter of the operation fails the document, so that a
/// renamed handler argument cannot leave a stale declaration behind.
/// </summary>
internal sealed class ApiParameterOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var declared in context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiParameters>().SelectMany(p => p.Parameters))
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().SingleOrDefault(p => p.Name == declared.Name)
                ?? throw new InvalidOperationException($"{context.Description.HttpMethod} /{context.Description.RelativePath} declares the parameter '{declared.Name}', which its handler does not bind.");
            parameter.Schema = declared.Schema();
            parameter.Required = declared.Required || parameter.In == ParameterLocation.Path;
            parameter.Example = declared.Example is { } example ? JsonValue.Create(example) : null;
        }

        return Task.CompletedTask;
    }
}
