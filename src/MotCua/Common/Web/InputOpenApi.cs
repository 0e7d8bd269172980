using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MotCua.Common.Web;

/// <summary>
/// Makes the OpenAPI document say what the edge really does with input: an operation that takes parameters or a body may
/// answer 400 (<see cref="NulCharacterGuard"/>, binding), and a property that may be null is not required of a client.
/// </summary>
internal sealed class InputOpenApi : IOpenApiOperationTransformer, IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is not { Count: > 0 } && operation.RequestBody is null)
        {
            return;
        }

        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse
            {
                Description = "Bad Request",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken) },
                },
            };
        }
    }

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.IsGetNullable || p.IsSetNullable))
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
