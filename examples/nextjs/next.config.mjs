/** The example as a host would set it up: nothing special for the elements. */
export default {};
