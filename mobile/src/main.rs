//! Starts the app on whichever platform this binary was built for.
fn main() {
    mobile::launch();
}
