using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;

namespace MotCua.Common.Web;

/// <summary>
/// Request limits per client address for the pages strangers can hammer (rating kiosk, sign-in, registration, password
/// reset): a sliding ten-minute window; a refused request gets 429 and a short Vietnamese message.
/// </summary>
internal static class PerClientLimit
{
    /// <summary>
    /// Adds a named policy allowing <paramref name="permitsPer10Minutes"/> requests per client address; with
    /// <paramref name="postsOnly"/> reading a page is never counted, only sending its form.
    /// </summary>
    public static IServiceCollection AddPerClientLimit(this IServiceCollection services, string policy, Func<IServiceProvider, int> permitsPer10Minutes, bool postsOnly) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(policy, context =>
            {
                if (postsOnly && !HttpMethods.IsPost(context.Request.Method))
                {
                    // A key no client address can be: partitions are cached by key, so reads must not share the senders' one.
                    return RateLimitPartition.GetNoLimiter("reads");
                }

                return RateLimitPartition.GetSlidingWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = permitsPer10Minutes(context.RequestServices),
                        Window = TimeSpan.FromMinutes(10),
                        SegmentsPerWindow = 10,
                        QueueLimit = 0,
                    });
            });
            options.OnRejected = RejectAsync;
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "text/plain; charset=utf-8";
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>();
        await response.WriteAsync(text["TooManyRequests"], cancellationToken);
    }
}
