# Sourced by the launchers, bin/newsfigures (the user's commands) and bin/newsfigures-dev (the maintainers'), so
# both run the same jar, built by the same rule. Not a command of its own.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# newsfigures_jar PROFILE LAUNCHER: sets jar to pipelines/target/newsfigures.jar, or newsfigures-PROFILE.jar for
# the Maven profile PROFILE (flink, spark), and builds it first when it is missing or older than any source.
# LAUNCHER names the launcher in its messages.
newsfigures_jar() {
  local profile="$1" launcher="$2" name
  name="newsfigures${profile:+-$profile}"
  jar="$root/pipelines/target/$name.jar"
  if [ -f "$jar" ] && [ -z "$(find "$root/pom.xml" "$root/pipelines/pom.xml" "$root/pipelines/src/main" \
      "$root/schemas" "$root/seeds/reference" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  command -v mvn >/dev/null || { echo "$launcher: Maven (mvn) is needed to build the jar; install Maven 3.8.7+ and Java 17." >&2; exit 2; }
  echo "$launcher: building the jar (the first build downloads dependencies and takes a few minutes)..." >&2
  if ! (cd "$root" && mvn -B -q -DskipTests ${profile:+-P$profile} -Djar.name="$name" package >"$root/pipelines/target-build.log" 2>&1); then
    echo "$launcher: the build failed; see $root/pipelines/target-build.log" >&2
    exit 2
  fi
  rm -f "$root/pipelines/target-build.log"
}

# newsfigures_jvm HEAP: sets jvm to the java command with the options every command needs: NEWSFIGURES_JAVA_OPTS if
# set, else HEAP; java.nio opened for Arrow's memory module, sun.nio.ch for Spark; and where the repository is.
newsfigures_jvm() {
  jvm=(java ${NEWSFIGURES_JAVA_OPTS:-$1} --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dnewsfigures.home="$root")
}
