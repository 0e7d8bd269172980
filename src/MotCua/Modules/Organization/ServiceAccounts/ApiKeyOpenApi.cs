using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>Declares the <c>ApiKey</c> security scheme in the OpenAPI document, marks the operations that need it and the 401/403 of every protected operation.</summary>
internal sealed class ApiKeyOpenApi : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "The integration account's API key (mc_<code>_<secret>), issued by the system administrator at /admin/service-accounts.",
        };
        return Task.CompletedTask;
    }

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        // Every protected route answers 401 without valid credentials and 403 when they lack the policy's role.
        operation.Responses ??= [];
        var problem = await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), null, cancellationToken);
        foreach (var (status, description) in new[] { ("401", "Unauthorized"), ("403", "Forbidden") })
        {
            operation.Responses.TryAdd(status, new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            });
        }

        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.IntegrationApi))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, context.Document)] = [],
            });
        }
    }
}
