namespace MotCua.Modules.Integration;

/// <summary>
/// The open REST API for integrated systems (ROADMAP 12; ADR-012, ADR-034, ADR-039): the dossier endpoints under
/// <c>/api/v1/dossiers</c> for service accounts with an API key, and the idempotency of their submissions. Dossiers are
/// reached through the dossiers module's API (<see cref="Dossiers.AgencyDossiers"/>).
/// </summary>
internal static class IntegrationModule
{
    public static WebApplicationBuilder AddIntegration(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapIntegration(this WebApplication app) => app.MapDossierEndpoints();
}
