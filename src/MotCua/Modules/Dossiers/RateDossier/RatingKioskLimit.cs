using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Dossiers.RateDossier;

/// <summary>The rating kiosk's request limit per client address (<see cref="DossiersOptions.RatingRequestsPer10Minutes"/>).</summary>
internal static class RatingKioskLimit
{
    public const string Policy = "rating-kiosk";

    public static IServiceCollection AddRatingKioskLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetSlidingWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<DossiersOptions>>().Value.RatingRequestsPer10Minutes,
                    Window = TimeSpan.FromMinutes(10),
                    SegmentsPerWindow = 10,
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<DossiersText>>();
                await context.HttpContext.Response.WriteAsync(text["Rate_TooManyRequests"], cancellationToken);
            };
        });
}
