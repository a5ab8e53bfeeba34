using Build;
using Build.Hosting;
using Cake.Frosting;

// Only Cake Frosting's public API below: swapping in the real package needs no change here (docs/build-program.md).
return new CakeHost()
    .UseContext<BuildContext>()
    .Run(PlanSwitch.Apply(args, PlanSwitch.PlannableTargets));
