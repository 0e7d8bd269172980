using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MotCua.Common.Web;

/// <summary>
/// Makes the OpenAPI document say what the edge really does with input: every operation may answer 400
/// (<see cref="NulCharacterGuard"/> reads every query string; binding), one with a body 413 (the guard's form limits, the
/// request size limits) and one with a JSON body 415 (another content type); an <see cref="UploadForm"/> is described as
/// the operation's multipart body (beside its JSON body when the form carries that JSON as a part); and a property that
/// may be null is not required of a client.
/// </summary>
internal sealed class InputOpenApi : IOpenApiOperationTransformer, IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<UploadForm>().FirstOrDefault() is { } upload)
        {
            operation.RequestBody = Multipart(upload, operation.RequestBody);
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

    private static IOpenApiRequestBody Multipart(UploadForm upload, IOpenApiRequestBody? body)
    {
        var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.Description };
        if (upload.JsonPart is { } part && body?.Content is { } content && content.TryGetValue("application/json", out var json) && json.Schema is { } schema)
        {
            var form = Form(part, new() { [part] = schema, [upload.FileField] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = file } });
            form.Encoding = new Dictionary<string, OpenApiEncoding> { [part] = new() { ContentType = "application/json" } };
            content["multipart/form-data"] = form;
            return body;
        }

        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = Form(upload.FileField, new() { [upload.FileField] = file }) },
        };
    }

    private static OpenApiMediaType Form(string required, Dictionary<string, IOpenApiSchema> properties) => new()
    {
        Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Required = new HashSet<string> { required }, Properties = properties },
    };
}
