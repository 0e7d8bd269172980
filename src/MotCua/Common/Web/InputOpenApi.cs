using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MotCua.Common.Web;

/// <summary>
/// Makes the OpenAPI document say what the edge really does with input: every operation may answer 400
/// (<see cref="NulCharacterGuard"/> reads every query string; binding), one with a body 413 (the guard's form limits, the
/// request size limits) and one with a JSON body 415 (another content type); an <see cref="UploadForm"/> is described as
/// the operation's multipart body; and a property that may be null is not required of a client.
/// </summary>
internal sealed class InputOpenApi : IOpenApiOperationTransformer, IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<UploadForm>().FirstOrDefault() is { } upload)
        {
            operation.RequestBody = Multipart(upload);
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("400", await ResponseAsync("Bad Request", typeof(HttpValidationProblemDetails), context, cancellationToken));
        if (operation.RequestBody is not { } body)
        {
            return;
        }

        operation.Responses.TryAdd("413", await ResponseAsync("Payload Too Large", typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context, cancellationToken));
        if (body.Content?.ContainsKey("application/json") == true)
        {
            operation.Responses.TryAdd("415", new OpenApiResponse { Description = "Unsupported Media Type" });
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

    private static async Task<OpenApiResponse> ResponseAsync(string description, Type problem, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(problem, null, cancellationToken) },
        },
    };

    private static OpenApiRequestBody Multipart(UploadForm upload) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { upload.FileField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [upload.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.Description },
                    },
                },
            },
        },
    };
}
