using MotCua.Modules.Integration.Open311;

namespace MotCua.Modules.Integration;

/// <summary>
/// The open REST API for integrated systems (ROADMAP 12; ADR-012, ADR-034, ADR-039, ADR-046 §8): the dossier endpoints
/// under <c>/api/v1/dossiers</c> and the PAKN endpoints under <c>/api/v1/feedback</c> for service accounts with an API key,
/// the idempotency of their submissions, and Open311 GeoReport v2 under <c>/open311/v2</c>. Dossiers and PAKN are reached
/// through their modules' APIs (<see cref="Dossiers.AgencyDossiers"/>, <see cref="Feedback.AgencyPetitions"/>,
/// <see cref="Feedback.PublicPetitions"/>).
/// </summary>
internal static class IntegrationModule
{
    public static WebApplicationBuilder AddIntegration(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapIntegration(this WebApplication app) => app.MapDossierEndpoints().MapFeedbackEndpoints().MapOpen311();
}
