using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MotCua.Common.Jobs;

/// <summary>Registration of scheduled jobs and their runner.</summary>
internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> (a singleton; it gets a fresh scope per run) and, once, the runner that
    /// runs each job once per slot across all nodes.
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddJobRunner();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, TJob>());
        return services;
    }

    /// <summary>The runner, its options (section <c>Jobs</c>, validated at start), the hosted ticker and the run-record cleanup.</summary>
    public static IServiceCollection AddJobRunner(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(JobRunner)))
        {
            return services;
        }

        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobHostedService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJob, JobRunsCleanupJob>());
        return services;
    }
}
